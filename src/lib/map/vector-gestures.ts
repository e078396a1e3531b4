// The vector map's gestures, without Svelte: the page's first script (hooks.client.ts) attaches them to the drawing
// the server sent, so that it pans and zooms as soon as it is painted, before the page has hydrated. VectorMap.svelte
// then takes the same controller and listens to it. The drawing's frame comes from its `data-frame` attribute.
import { EARLY_PAN } from './map-first.js';
import { areaFill } from '../render/area-fade';
import type { MapView } from '../url/view-state';
import {
	cameraOf,
	identity,
	placeCamera,
	transformFor,
	viewText,
	zoomAbout,
	type Box,
	type Transform,
	type VectorFrame
} from './vector-camera';

export const VECTOR_MAP = '[data-vector-map]';
const MIN_K = 0.5;
/** Deep enough for a place link's camera (zoom 11, see `placeFit`) on a phone, where the drawing fits at about 2.6. */
const MAX_K = 1024;
/** How far (CSS px) a pointer may move and still make a click, not a drag. */
const CLICK_SLOP = 3;

export interface VectorEvents {
	/** A move ended: the camera the drawing shows now. */
	settle: MapView;
	/** The reader has turned to the map (a touch, a wheel). */
	start: null;
	/** A gesture has begun (true) or ended (false). */
	gesture: boolean;
	/** A click that was no drag, at these viewport coordinates. */
	pick: [number, number];
}

export interface VectorGestures {
	frame: VectorFrame;
	camera(): MapView;
	/** Shows `view` (a link's camera, say); bearing and pitch aside. */
	showView(view: MapView): void;
	busy(): boolean;
	/** Whether the drawing has been moved from where it was drawn. */
	moved(): boolean;
	on<K extends keyof VectorEvents>(type: K, listener: (detail: VectorEvents[K]) => void): () => void;
}

const attached = new WeakMap<HTMLElement, VectorGestures>();

/** A drag answered by the page's first script before the gestures were attached (map-first.js, `EARLY_PAN`). */
interface EarlyPan {
	x: number;
	y: number;
	id: number | null;
	at: [number, number] | null;
	moved: number;
	done: boolean;
}

/** The frame a drawing was made for, as the server wrote it into `data-frame`; null if absent or broken. */
export function frameOf(box: HTMLElement): VectorFrame | null {
	try {
		const f = JSON.parse(box.dataset.frame ?? '') as Partial<VectorFrame>;
		const ok =
			Array.isArray(f.center) &&
			f.center.length === 2 &&
			[...f.center, f.zoom, f.width, f.height].every((n) => typeof n === 'number' && Number.isFinite(n));
		return ok ? (f as VectorFrame) : null;
	} catch {
		return null;
	}
}

/** The place a place page shows, as the page wrote it into `data-fit` (`[west, south, east, north]`); null if none. */
function fitOf(box: HTMLElement): [number, number, number, number] | null {
	try {
		const b: unknown = JSON.parse(box.dataset.fit ?? 'null');
		const ok = Array.isArray(b) && b.length === 4 && b.every((n) => typeof n === 'number' && Number.isFinite(n));
		return ok ? (b as [number, number, number, number]) : null;
	} catch {
		return null;
	}
}

/** Attaches the gestures to a vector map element, once: a second call returns the same controller. */
export function vectorGestures(box: HTMLElement, frame: VectorFrame): VectorGestures {
	const existing = attached.get(box);
	if (existing) return existing;

	const listeners = new EventTarget();
	const emit = <K extends keyof VectorEvents>(type: K, detail: VectorEvents[K]) =>
		listeners.dispatchEvent(new CustomEvent(type, { detail }));
	let t: Transform = identity;
	const size = (): Box => ({ width: box.clientWidth || 1, height: box.clientHeight || 1 });
	let last = size();

	let fadedAt = NaN;
	function show(next: Transform) {
		t = { ...next, k: Math.min(MAX_K, Math.max(MIN_K, next.k)) };
		const svg = box.querySelector('svg');
		if (svg) {
			svg.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
			// The drawing's markers and labels keep their size on screen (VectorMap.svelte's CSS), once it is scaled.
			svg.style.setProperty('--k', String(t.k));
			svg.toggleAttribute('data-scaled', t.k !== 1);
		}
		last = size();
		if (svg) fade(svg);
	}
	const camera = () => cameraOf(frame, size(), t);
	/** Areas of uncertainty fade to their outline as they grow to cover the view, as on the interactive map. */
	function fade(svg: SVGSVGElement) {
		const zoom = camera().zoom;
		if (zoom === fadedAt) return;
		fadedAt = zoom;
		for (const area of svg.querySelectorAll<SVGPathElement>('path[data-cover]')) {
			const [opacity, cover] = [Number(area.dataset.opacity), Number(area.dataset.cover)];
			area.style.fillOpacity = String(opacity * areaFill(zoom, cover));
		}
	}
	/** Writes the camera into `data-view` (for tests and the benchmark), and gives it back. */
	const report = () => {
		const now = camera();
		box.setAttribute('data-view', viewText(now));
		return now;
	};
	const settle = () => emit('settle', report());

	// A new box size keeps the camera once the reader or a link has moved it, else the drawing fits again.
	new ResizeObserver(() => {
		const now = size();
		if (t !== identity) show(transformFor(frame, now, cameraOf(frame, last, t)));
		last = now;
	}).observe(box);

	const pointers = new Map<number, [number, number]>();
	let moved = 0;
	let gesture = false;
	let wheelEnd: ReturnType<typeof setTimeout> | undefined;
	const setGesture = (busy: boolean) => {
		if (busy !== gesture) emit('gesture', (gesture = busy));
	};
	const at = (e: MouseEvent): [number, number] => {
		const r = box.getBoundingClientRect();
		return [e.clientX - r.left, e.clientY - r.top];
	};
	const spread = () => {
		const [a, b] = [...pointers.values()];
		if (!a || !b) return null;
		return { mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as [number, number], d: Math.hypot(a[0] - b[0], a[1] - b[1]) };
	};

	box.addEventListener('pointerdown', (e) => {
		if (e.button !== 0) return;
		emit('start', null);
		box.setPointerCapture(e.pointerId);
		pointers.set(e.pointerId, at(e));
		if (pointers.size === 1) moved = 0;
		setGesture(true);
	});
	box.addEventListener('pointermove', (e) => {
		const from = pointers.get(e.pointerId);
		if (!from) return;
		const before = spread();
		const to = at(e);
		pointers.set(e.pointerId, to);
		const after = spread();
		if (before && after) {
			const z = zoomAbout(t, after.d / Math.max(before.d, 1), before.mid);
			show({ ...z, x: z.x + after.mid[0] - before.mid[0], y: z.y + after.mid[1] - before.mid[1] });
		} else show({ ...t, x: t.x + to[0] - from[0], y: t.y + to[1] - from[1] });
		moved += Math.hypot(to[0] - from[0], to[1] - from[1]);
	});
	const up = (e: PointerEvent) => {
		if (!pointers.delete(e.pointerId) || pointers.size > 0) return;
		setGesture(false);
		if (moved > CLICK_SLOP) settle();
	};
	box.addEventListener('pointerup', up);
	box.addEventListener('pointercancel', up);
	box.addEventListener(
		'wheel',
		(e) => {
			e.preventDefault();
			emit('start', null);
			setGesture(true);
			const pixels = e.deltaY * (e.deltaMode === WheelEvent.DOM_DELTA_LINE ? 40 : 1);
			show(zoomAbout(t, Math.min(2, Math.max(0.5, 2 ** (-pixels / 300))), at(e)));
			clearTimeout(wheelEnd);
			wheelEnd = setTimeout(() => {
				setGesture(pointers.size > 0);
				settle();
			}, 200);
		},
		{ passive: false }
	);
	box.addEventListener('dblclick', (e) => {
		show(zoomAbout(t, e.shiftKey ? 0.5 : 2, at(e)));
		settle();
	});
	// A click that ends a drag is no choice of a marker.
	box.addEventListener('click', (e) => {
		if (moved <= CLICK_SLOP) emit('pick', [e.clientX, e.clientY]);
	});

	box.setAttribute('data-live', '');
	// A drag the page's first script answered before these gestures came (map-first.js): its offset is the camera's
	// now, and a pointer still down goes on dragging here.
	const early = (window as unknown as Record<string, EarlyPan | undefined>)[EARLY_PAN];
	if (early && !early.done) {
		early.done = true;
		if (early.moved > 0) show({ ...identity, x: early.x, y: early.y });
		if (early.id !== null && early.at) {
			const r = box.getBoundingClientRect();
			pointers.set(early.id, [early.at[0] - r.left, early.at[1] - r.top]);
			moved = early.moved;
			setGesture(true);
		}
	}
	// A place page shows its place from the first script on, unless its link asks for a camera of its own (the page
	// reads that once it has hydrated).
	const fit = fitOf(box);
	if (fit && !new URLSearchParams(location.search).has('map'))
		show(transformFor(frame, size(), placeCamera(fit, size())));
	report();
	const controller: VectorGestures = {
		frame,
		camera,
		showView(view) {
			show(transformFor(frame, size(), view));
			report();
		},
		busy: () => gesture,
		moved: () => t !== identity,
		on(type, listener) {
			const handler = (e: Event) => listener((e as CustomEvent).detail);
			listeners.addEventListener(type, handler);
			return () => listeners.removeEventListener(type, handler);
		}
	};
	attached.set(box, controller);
	return controller;
}

/** Attaches the gestures to every vector map already in the document (the page's first script calls this). */
export function startVectorMaps(): VectorGestures[] {
	const started: VectorGestures[] = [];
	for (const box of document.querySelectorAll<HTMLElement>(VECTOR_MAP)) {
		const frame = frameOf(box);
		if (frame) started.push(vectorGestures(box, frame));
	}
	return started;
}

/**
 * Resolves once none of these maps is being dragged, pinched or wheeled. Hydration is one long task: begun in the
 * middle of a drag, it would hold the drawing still under the reader's finger until it ends.
 */
export function whenStill(maps: VectorGestures[]): Promise<void> {
	return new Promise((resolve) => {
		const check = () => {
			if (maps.some((m) => m.busy())) return;
			stops.forEach((stop) => stop());
			resolve();
		};
		const stops = maps.map((m) => m.on('gesture', check));
		check();
	});
}
