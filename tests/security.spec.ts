import { expect, test } from './app-test';

test('every page is served with the security headers; only the embed view may be framed', async ({ request }) => {
	for (const path of ['/', '/place/almaty-akimat', '/print']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		const h = res.headers();
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(h['content-security-policy'], path).toBe("frame-ancestors 'none'");
	}
	expect((await request.get('/embed')).headers()['content-security-policy']).toBe('frame-ancestors *');
});

test('the pages carry a Content Security Policy with no inline script allowed', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
	expect(scriptSrc).toMatch(/^'self' 'sha256-/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(policy).toContain("object-src 'none'");
});

test('hashed assets are cached as immutable, pages revalidate, and responses are compressed', async ({ request }) => {
	const page = await request.get('/', { headers: { 'accept-encoding': 'br, gzip' } });
	expect(page.headers()['content-encoding']).toBe('br');
	expect(page.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
	const asset = /\/_app\/immutable\/[^"]+\.js/.exec(await (await request.get('/')).text())?.[0];
	expect(asset).toBeTruthy();
	const res = await request.get(asset!, { headers: { 'accept-encoding': 'gzip' } });
	expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(res.headers()['content-encoding']).toBe('gzip');
	const data = await request.get('/basemap/countries.geojson', { headers: { 'accept-encoding': 'br' } });
	expect(data.headers()['content-encoding']).toBe('br');
});

test('the map works under the policy: MapLibre and its worker load, nothing is blocked', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	expect(violations).toEqual([]);
});
