// CommonJS face of src/render/text/string-width.ts for dependencies that require('string-width') (cli-table3).
const { default: stringWidth } = require('../src/render/text/string-width.ts');
module.exports = stringWidth;
module.exports.default = stringWidth;
