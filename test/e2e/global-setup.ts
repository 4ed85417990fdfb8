// Builds the app and serves it with vite preview for the browser tests.
// NODE_ENV=production around build(): Vitest sets it to "test", and the bundle
// would then carry React's development build (STACK.md).
import { build, preview, type PreviewServer } from 'vite';

// E2E_PORT lets parallel checkouts run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4179);
let server: PreviewServer | undefined;

export async function setup() {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previous;
  }
  server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
}

export async function teardown() {
  await server?.close();
}
