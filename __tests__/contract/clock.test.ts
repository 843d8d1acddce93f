import { FakeClock } from '../support/fake-clock.js';
import { clockContract } from './clock.contract.js';

clockContract('Date.now (what the entries wire in)', () => ({
  now: () => Date.now(),
  pass: (ms) => new Promise((done) => setTimeout(done, ms + 1)),
}));

clockContract('FakeClock (test fake)', () => {
  const clock = new FakeClock();
  return { now: clock.now, pass: async (ms) => clock.advance(ms) };
});
