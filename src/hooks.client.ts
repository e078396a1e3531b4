// The map page arrives with its vector map drawn (see injectVectorMap): let the browser paint it before the page
// script hydrates, rather than after.
export const init = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
