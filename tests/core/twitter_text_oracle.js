// Answers with the official twitter-text library, for the differential tests of cmtoolbox/core/twitter_text.py.
//
// NODE_PATH=<dir>/node_modules node twitter_text_oracle.js <input.json>
//     The input file holds a JSON array of strings; stdout gets a JSON array of answers.
// NODE_PATH=<dir>/node_modules node twitter_text_oracle.js
//     Line mode: each stdin line is a JSON string, each answer is one JSON line on stdout.
// An answer is the parseTweet() result of the default (v3) configuration and the URLs found by
// extractUrlsWithIndices(), indices in UTF-16 code units (the Python side converts them).
'use strict';

const fs = require('fs');
const readline = require('readline');
const twttr = require('twitter-text');

function answer(text) {
  try {
    const parsed = twttr.parseTweet(text);
    return {
      weightedLength: parsed.weightedLength,
      valid: parsed.valid,
      permillage: parsed.permillage,
      validRangeEnd: parsed.validRangeEnd,
      displayRangeEnd: parsed.displayRangeEnd,
      urls: twttr.extractUrlsWithIndices(text).map((u) => ({ url: u.url, indices: u.indices })),
    };
  } catch (error) {
    return { error: String(error) };
  }
}

if (process.argv.length > 2) {
  const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(JSON.stringify(texts.map(answer)));
} else {
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  lines.on('line', (line) => {
    process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + '\n');
  });
}
