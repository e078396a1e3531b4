/** A failure the user can act on: printed as one line, no stack trace, exit code 1. */
export class SnapshotError extends Error {
	override name = 'SnapshotError';
}
