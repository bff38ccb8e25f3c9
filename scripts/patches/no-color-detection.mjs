// Stands in for chalk's supports-color (see no-chalk-detection.mjs): blog always tells chalk its
// colour level, and the detection chalk runs when it loads loads node:os and node:tty.
export default { stdout: false, stderr: false };
