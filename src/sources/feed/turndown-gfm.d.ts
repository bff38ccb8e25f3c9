// @joplin/turndown-plugin-gfm ships no types; this is the slice of its API the feed source uses.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
