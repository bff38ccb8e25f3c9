// Stands in for chalk's supports-color: blog always tells chalk its colour level (src/output.ts
// decides it from the terminal, NO_COLOR, FORCE_COLOR and --no-color), and the detection chalk
// runs when it loads costs ~3.5 ms at every start (it loads node:os and node:tty).
export default { stdout: false, stderr: false };
