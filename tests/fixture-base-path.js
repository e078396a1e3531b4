// The sub-path the second story (tests/fixtures/mini-story) is built for (package.json's build:fixture) and served
// under (playwright.config.ts), as a newsroom deploys under /graphics/kazakhstan. Plain JavaScript for the config.
export const FIXTURE_BASE_PATH = '/graphics/kazakhstan';
