// Debian's Chromium, as the browser tests, the snapshot command and the benchmark launch it: the flags keep it
// off the network (this machine has none) and give WebGL2 through SwiftShader.
export const chromiumArgs = [
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
