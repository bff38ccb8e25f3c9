const fs = require('fs'), vm = require('vm'), path = require('path'), Module = require('module');
const file = path.join(__dirname, 'blog.cjs');
const source = fs.readFileSync(file, 'utf8');
const cacheFile = file + '.cache';
let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}
const wrapper = Module.wrap(source);
const script = new vm.Script(wrapper, { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const fn = script.runInThisContext();
const mod = { exports: {} };
fn.call(mod.exports, mod.exports, require, mod, file, __dirname);
if (!cachedData || script.cachedDataRejected) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
mod.exports.main(process.argv);
