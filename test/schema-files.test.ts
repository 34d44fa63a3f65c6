import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { printedSchema } from '../src/schema/index';
import config from '../codegen';

describe('types flow from one source', () => {
  it('schema.graphql is the schema the code prints (run `npm run schema:print`)', () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(printedSchema());
  });

  it('the generated operation types are current (run `npm run codegen`)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(readFileSync(filename, 'utf8'), filename).toBe(content);
    }
  });
});
