// Stands in for modules a dependency imports but we never call (see stubs.mjs).
export function highlight(code) {
  return code;
}
export function get() {
  return undefined;
}
export default {};
