// A local server as a child process, for the commands that measure the production build as `npm start` serves it
// (`npm run bench`, `npm run lighthouse`): a free port, start, wait until it answers, stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(false))
			.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

/** The first free port on 127.0.0.1 from `first` up (after `after`, when given), within 200 ports. */
export async function freePort(first: number, after = first - 1): Promise<number> {
	for (let port = Math.max(after + 1, first); port < first + 200; port++) if (await portFree(port)) return port;
	throw new Error(`no free port from ${first}`);
}

/** Starts a server as its own process group, so that stopping it stops `npm start`'s children too. */
export function startServer(command: string, args: string[], env: Record<string, string>): ChildProcess {
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	child.stdout!.on('data', (d: Buffer) => process.stderr.write(d));
	child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
	return child;
}

export function stopServer(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

/** Waits until `url` answers; a server that exits first (a failed build) stops the wait with an error. */
export async function waitFor(url: string, child: ChildProcess, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server for ${url} exited with code ${child.exitCode}`);
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
