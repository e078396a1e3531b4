import { describe, expect, it } from 'vitest';
import { frameOf } from './vector-gestures';

/** An element as far as frameOf looks at it: its data attributes. */
const element = (frame?: string) => ({ dataset: frame === undefined ? {} : { frame } }) as unknown as HTMLElement;

describe('the frame a vector map was drawn for', () => {
	it('is read from the data-frame attribute the server writes', () => {
		const frame = { center: [66.9, 48.55], zoom: 3.55, width: 800, height: 640 };
		expect(frameOf(element(JSON.stringify(frame)))).toEqual(frame);
	});

	it('is null, not an error, when the attribute is missing, not JSON or incomplete', () => {
		for (const bad of [
			undefined,
			'',
			'{',
			'null',
			'{"center":[1,2],"zoom":3,"width":800}',
			'{"center":[1],"zoom":3,"width":8,"height":6}'
		])
			expect(frameOf(element(bad))).toBeNull();
		expect(frameOf(element('{"center":[1,2],"zoom":"3","width":800,"height":640}'))).toBeNull();
		expect(frameOf(element('{"center":[1,2],"zoom":1e999,"width":800,"height":640}'))).toBeNull();
	});
});
