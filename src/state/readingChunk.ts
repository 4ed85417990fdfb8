// The code that reads untrusted scenarios, as one lazily loaded chunk
// (reading.ts says when it loads): the schema's check (zod, parse.ts) and the
// link reader (the codec's reading half, with its migrations and version 1's presets).
export { parseScenario } from '../scenario/parse';
export { decodeLink } from '../scenario/link/codec';
