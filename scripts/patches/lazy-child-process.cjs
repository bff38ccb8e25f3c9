// Stands in for node:child_process in commander (see lazy-child-process.mjs): loads it only if
// it is ever called.
module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };
