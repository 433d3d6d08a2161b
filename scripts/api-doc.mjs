#!/usr/bin/env node
// `npm run docs`: writes docs/api.md from custom-elements.json (made by `npm run build`). A test
// (test/package.test.ts) fails when the committed file is not what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { apiMarkdown } from './api-markdown.mjs';

writeFileSync('docs/api.md', apiMarkdown(JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
console.log('docs/api.md written from custom-elements.json');
