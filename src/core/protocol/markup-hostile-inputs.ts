/**
 * Inputs built to make a naive tag parser backtrack: shared by the markup tests (which
 * check the result) and scripts/bench-markup.ts (which measures the time).
 */
export const hostileUnits: ReadonlyArray<readonly [label: string, unit: string]> = [
  ['repeated <Suggestions><Suggest><Content>', '<Suggestions><Suggest><Content>'],
  ['repeated <translated>', '<translated>'],
  ['repeated </Translated>', '</Translated>'],
  ['repeated <link><url>', '<link><url>'],
  ['repeated <Suggest', '<Suggest'],
  ['repeated <', '<'],
  ['repeated <suggestions + blanks', '<suggestions       '],
  ['repeated <Content>x</Suggest>', '<Suggestions><Content>x</Suggest>'],
];
