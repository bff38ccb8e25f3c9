// commander requires child_process when it loads, for executable subcommands, which blog does not
// use; loading it costs ~2 ms at every start. This stand-in loads it only if it is ever called.
module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };
