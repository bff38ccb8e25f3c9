// JSON for scripts. JSON.stringify escapes C0 controls but passes DEL, C1 controls and bidi
// overrides through raw; escaping them keeps the JSON identical in meaning and inert on a terminal.
const UNSAFE_IN_JSON = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
