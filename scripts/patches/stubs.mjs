// Patch: marked-terminal imports cli-highlight (every highlight.js grammar) and node-emoji at load
// time; we colour code ourselves (src/render/code.ts) and never render emoji codes, so both are
// replaced by stub.mjs. supports-hyperlinks too: it reads process.stdout when it loads (the tty and
// stream modules, about 1 ms of `blog show` written to a file), and only marked-terminal's link
// renderer asks it, which src/render/markdown/render.ts replaces with its own.
// Saves: 10.6 ms of `blog list` and 23.3 ms of `blog show 7`; the bundle is 333 KB instead
// of 1.79 MB.
// Delete when: marked-terminal leaves the bundle, or loads them only when used.
import { fileURLToPath } from 'node:url';

const stub = fileURLToPath(new URL('./stub.mjs', import.meta.url));

export default { name: 'stubs', alias: { 'cli-highlight': stub, 'node-emoji': stub, 'supports-hyperlinks': stub } };
