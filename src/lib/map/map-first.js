// The map page's first frame shows its vector map and nothing else; the page's text follows in the next frame.
//
// Why: the map is what a reader comes for, and the first frame of the whole page costs about twice that of the map
// alone (Chromium lays out, paints and rasterises the article, the places and the legend with it). So an inline
// script in the head marks the page `map-first` before the parser reaches the body; the map page's CSS then leaves
// the header, legend and reading panes unpainted, each in its own place (nothing moves when they appear). At the
// first frame after the parser has passed the map, the script lets that frame paint and then lifts the mark.
// Without JavaScript nothing is hidden; the page script lifts the mark, at the latest, before it hydrates.
//
// It also sets `<html lang>` from the link's `lang`, as the page script will once it runs: the page is built once, in
// Dutch, and the vector map carries the labels of each language, showing those of the page's (VectorMap.svelte). So
// the first frame has them in the reader's language already. And it marks the page when the reader has dismissed the
// first-visit hint before (HINT_KEY), so that the hint never shows, not even for a frame.
//
// A plain string, not a function's source, so that the page and the CSP hash (svelte.config.js) agree byte for
// byte whatever the bundler does to code. Plain JavaScript, because svelte.config.js imports it.

/** The class on `<html>` while the first frame paints the map alone. */
export const MAP_FIRST_CLASS = 'map-first';

/** Where the browser remembers that the reader has dismissed the first-visit hint (MapPage.svelte). */
export const HINT_KEY = 'article-map:hint';
/** The class on `<html>` once the reader has dismissed the hint: the page leaves it out from the first frame on. */
export const HINT_SEEN_CLASS = 'hint-seen';

/** The class on `<html>` when scripts run: what needs the page script (the hint's button) shows only then. */
export const SCRIPTED_CLASS = 'scripted';

/**
 * Where the inline script keeps a drag of the vector map begun before the page's scripts have loaded (`window[EARLY_PAN]`):
 * `{ x, y }` the drawing's offset so far (CSS px), `id` the pointer still down (or null), `at` its last position
 * (viewport px), `moved` the distance dragged. vector-gestures.ts takes it over once it attaches (and sets `done`).
 */
export const EARLY_PAN = '__articleMapEarlyPan';

/**
 * The inline script: sets the page's language, marks the page, lifts the mark once a frame with the whole map has
 * been painted, and pans the vector map under a drag from its first paint on (before the page's scripts, which take
 * up to a second more to load on a slow machine, attach its gestures).
 */
export const MAP_FIRST_SCRIPT = [
	'(()=>{',
	'const root=document.documentElement;',
	// The first `lang` counts, and only a language the interface has (the URL codec's rules).
	"const lang=new URLSearchParams(location.search).get('lang');",
	"if(lang==='nl'||lang==='en')root.lang=lang;",
	`root.classList.add('${MAP_FIRST_CLASS}');`,
	// A reader who has dismissed the first-visit hint does not see it again, not even for a frame.
	`root.classList.add('${SCRIPTED_CLASS}');`,
	`try{if(localStorage.getItem('${HINT_KEY}')==='seen')root.classList.add('${HINT_SEEN_CLASS}')}catch{}`,
	`const reveal=()=>root.classList.remove('${MAP_FIRST_CLASS}');`,
	// The parser is past the map once a node follows the map or one of its ancestors.
	'const past=(n)=>{for(;n&&n!==document.body;n=n.parentNode)if(n.nextSibling)return true;return false};',
	'const tick=()=>{',
	"if(document.readyState!=='loading'||past(document.querySelector('[data-vector-map]')))setTimeout(reveal);",
	'else requestAnimationFrame(tick)};',
	'requestAnimationFrame(tick);',
	// A tab opened in the background paints no frame: its text comes anyway.
	'setTimeout(reveal,3000);',
	// The early pan: a drag on the drawing moves it at once (a translation only; no zoom). Not on a page that will move
	// the drawing when its scripts come (a place page's `data-fit`, a link's `map=`).
	`const pan=window['${EARLY_PAN}']={x:0,y:0,id:null,at:null,moved:0,done:false};`,
	"const free=(e)=>{const m=e.target instanceof Element&&e.target.closest('[data-vector-map]');",
	"return m&&!m.hasAttribute('data-fit')&&!new URLSearchParams(location.search).has('map')?m:null};",
	"addEventListener('pointerdown',(e)=>{if(pan.done||pan.id!==null||e.button!==0||!free(e))return;",
	'pan.id=e.pointerId;pan.at=[e.clientX,e.clientY]},true);',
	"addEventListener('pointermove',(e)=>{if(pan.done||e.pointerId!==pan.id)return;",
	'const dx=e.clientX-pan.at[0],dy=e.clientY-pan.at[1];pan.at=[e.clientX,e.clientY];',
	'pan.x+=dx;pan.y+=dy;pan.moved+=Math.hypot(dx,dy);',
	"const svg=document.querySelector('[data-vector-map] svg');",
	"if(svg)svg.style.transform='translate('+pan.x+'px, '+pan.y+'px) scale(1)'},true);",
	'const up=(e)=>{if(e.pointerId===pan.id)pan.id=null};',
	"addEventListener('pointerup',up,true);addEventListener('pointercancel',up,true);",
	'})()'
].join('');
