'use strict';
// Bodies received under load, checked against the probe's answer (GraphQL errors come back with HTTP 200, and a
// server could answer fast and wrong): every body is searched for an « errors » member, a sample (the first body,
// then one every `everyMs`) is compared with the probe's text, else parsed, normalised and compared.
// autocannon decodes each network chunk of a body on its own: a multi-byte character cut between two chunks comes
// out as U+FFFD; such a sample is counted apart (« illisible »), not as a difference.
const { firstDifference } = require('./compare.cjs');

function createBodyCheck({ expectedText, expected, normalise, everyMs }) {
  const state = { comparees: 0, differences: 0, erreursGraphql: 0, illisibles: 0, exemple: null };
  let lastSample = -Infinity;
  const remember = (text) => {
    if (state.exemple === null) state.exemple = text.slice(0, 300);
  };
  const verify = (body) => {
    if (body.includes('"errors":')) {
      state.erreursGraphql += 1;
      remember(body);
    }
    const now = performance.now();
    if (expected === undefined || now - lastSample < everyMs) return true;
    lastSample = now;
    state.comparees += 1;
    if (body === expectedText) return true;
    if (body.includes('\uFFFD') && !expectedText.includes('\uFFFD')) {
      state.illisibles += 1;
      return true;
    }
    let difference;
    try {
      difference = firstDifference(expected, normalise(JSON.parse(body).data));
    } catch (error) {
      difference = `réponse illisible : ${error.message}`;
    }
    if (difference) {
      state.differences += 1;
      remember(difference);
    }
    return true;
  };
  return { verify, state };
}

module.exports = { createBodyCheck };
