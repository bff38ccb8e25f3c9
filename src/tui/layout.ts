// Where the picker's parts go on a screen of a given size: the query line on top, the status line
// at the bottom, the results between, and the preview to their right (100 columns or more), below
// them (60 to 99) or nowhere (under 60, or turned off).

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface Layout {
  readonly columns: number;
  readonly rows: number;
  readonly query: Rect;
  readonly list: Rect;
  /** Where the preview goes, and which side of the list it is on. */
  readonly preview?: Rect & { readonly side: 'right' | 'below' };
  readonly status: Rect;
}

/** From this width the preview sits right of the list. */
export const SIDE_BY_SIDE = 100;
/** Under this width there is no preview. */
export const PREVIEW_MIN = 60;

export function layoutFor(columns: number, rows: number, preview: boolean): Layout {
  const width = Math.max(1, columns);
  const height = Math.max(1, rows);
  const query = { top: 0, left: 0, width, height: 1 };
  const status = { top: Math.max(1, height - 1), left: 0, width, height: height >= 3 ? 1 : 0 };
  const bodyTop = 1;
  const bodyHeight = Math.max(0, height - 2);
  const base = { columns: width, rows: height, query, status };
  if (!preview || width < PREVIEW_MIN || bodyHeight < 3) {
    return { ...base, list: { top: bodyTop, left: 0, width, height: bodyHeight } };
  }
  if (width >= SIDE_BY_SIDE) {
    // ` │ ` between: the list keeps room for a whole row, the preview the rest.
    const listWidth = Math.min(60, Math.floor(width * 0.45));
    return {
      ...base,
      list: { top: bodyTop, left: 0, width: listWidth, height: bodyHeight },
      preview: { top: bodyTop, left: listWidth + 3, width: width - listWidth - 3, height: bodyHeight, side: 'right' },
    };
  }
  // Below: a divider line between list and preview; the list gets the smaller half.
  const listHeight = Math.max(1, Math.floor((bodyHeight - 1) * 0.4));
  return {
    ...base,
    list: { top: bodyTop, left: 0, width, height: listHeight },
    preview: { top: bodyTop + listHeight + 1, left: 0, width, height: bodyHeight - listHeight - 1, side: 'below' },
  };
}
