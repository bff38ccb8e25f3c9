// Which browser `blog open` uses, the command line it gets, and the only addresses ever passed on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { browserCommandLine } from '../../src/browser.js';
import { webAddress } from '../../src/core/web-address.js';
import { browserChoice } from '../../src/settings/browser.js';

test('browserChoice: SSH first, then BROWSER (a :-list), then the system opener where there is a desktop', () => {
  assert.deepEqual(browserChoice({ SSH_CONNECTION: '1 2 3 4', BROWSER: 'firefox' }, 'darwin'), { kind: 'none', reason: 'ssh' });
  assert.deepEqual(browserChoice({ BROWSER: 'firefox --new-tab %s: :w3m' }, 'linux'), { kind: 'browser', commands: ['firefox --new-tab %s', 'w3m'] });
  assert.deepEqual(browserChoice({ BROWSER: ' : ' }, 'darwin'), { kind: 'system' });
  assert.deepEqual(browserChoice({}, 'win32'), { kind: 'system' });
  assert.deepEqual(browserChoice({}, 'linux'), { kind: 'none', reason: 'no-display' });
  assert.deepEqual(browserChoice({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux'), { kind: 'system' });
  assert.deepEqual(browserChoice({ DISPLAY: ':0' }, 'freebsd'), { kind: 'system' });
});

test('browserCommandLine: %s is the address, %% a percent sign; without %s the address comes last', () => {
  const href = 'https://a.example/%EC%B9%B4?x=1';
  assert.deepEqual(browserCommandLine('firefox', href), ['firefox', href]);
  assert.deepEqual(browserCommandLine('"/Applications/My Browser" --url=%s', href), ['/Applications/My Browser', `--url=${href}`]);
  assert.deepEqual(browserCommandLine('b %s 100%%', href), ['b', href, '100%']);
});

test('webAddress: only http(s) URLs, handed on percent-encoded, shown decoded', () => {
  assert.deepEqual(webAddress('https://blog.example.com/카프카'), { href: 'https://blog.example.com/%EC%B9%B4%ED%94%84%EC%B9%B4', shown: 'https://blog.example.com/카프카' });
  assert.equal(webAddress('https://blog.example.com/%EC%B9%B4')?.shown, 'https://blog.example.com/카');
  assert.equal(webAddress('https://blog.example.com/a%20b')?.shown, 'https://blog.example.com/a%20b', 'a decoded space would split the address');
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.example/', '//x.example', 'https://', 'https://x.example/\x1b]8;;evil\x07',
    'https://x.example/\u202egnp.exe', 'https://x.example/\n', undefined]) {
    assert.equal(webAddress(bad), undefined, JSON.stringify(bad));
  }
});

test('webAddress: whatever the text, what is passed on is one http(s) URL of printable ASCII, without spaces or controls', () => {
  fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl().map((url) => `${url}${'\u0000\u001b "\'$`\n카'.charAt(url.length % 9)}`), fc.string({ unit: 'grapheme' }).map((s) => `https://x.example/${s}`)), (text) => {
    const address = webAddress(text);
    if (address === undefined) return;
    assert.match(address.href, /^https?:\/\/[\x21-\x7e]+$/);
    assert.doesNotMatch(address.shown, /[\x00-\x1f\x7f-\x9f\s\u202a-\u202e\u2066-\u2069]/);
  }), { numRuns: 2000 });
});
