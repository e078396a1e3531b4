export { basemapLabelOrders, renderMapSvg } from './render';
export { scaleBar, renderScaleBar, renderNorthArrow, type ScaleBar } from './decorations';
export { locatorInset } from './locator';
export { fanOut, numberedMarkers, type MarkedGroup, type NumberedMarker, type Rect } from './numbering';
export { viewBounds, prepareForD3, prepareMapInput, projectionFor } from './project';
export { escapeXml } from './escape';
export type { SvgMapInput, SvgView } from './types';
