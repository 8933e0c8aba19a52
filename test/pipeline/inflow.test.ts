import { describe, expect, it } from 'vitest';
import { InflowGate } from '../../src/pipeline/inflow.js';

const settled = async (p: Promise<number>, withinMs: number): Promise<number | 'pending'> =>
  Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), withinMs))]);

describe('inflow control (InflowGate)', () => {
  it('lets a transaction go at once below the backlog, and one paused transaction per inspected message above it', async () => {
    const gate = new InflowGate({ backlog: 2, maxDelayMs: 5_000, largeMessageBytes: 1_000 });
    expect(await settled(gate.admit(), 50)).toBe(0);
    gate.accepted(100);
    gate.accepted(100);
    const first = gate.admit();
    const second = gate.admit();
    expect(await settled(first, 100)).toBe('pending');
    gate.inspected(100);
    expect(await settled(first, 100)).toBeGreaterThan(0);
    expect(await settled(second, 100)).toBe('pending');
    // A large message's inspection frees no small-lane waiter; a large transaction is not paced.
    gate.accepted(5_000);
    gate.inspected(5_000);
    expect(await settled(second, 100)).toBe('pending');
    expect(await settled(gate.admit(5_000), 50)).toBe(0);
    gate.close();
    expect(typeof (await settled(second, 100))).toBe('number');
  });

  it('clamps its counts to the store: mail another node inspected stops pacing this node', async () => {
    const gate = new InflowGate({ backlog: 3, maxDelayMs: 5_000, largeMessageBytes: 1_000 });
    for (let i = 0; i < 10; i++) gate.accepted(100);
    const waiting = gate.admit();
    expect(await settled(waiting, 100)).toBe('pending');
    gate.resync(1);
    expect(gate.backlogOf(100)).toBe(1);
    expect(typeof (await settled(waiting, 100))).toBe('number');
  });

  it('frees only as many paused transactions as there is room under the backlog when the store says fewer wait', async () => {
    const gate = new InflowGate({ backlog: 3, maxDelayMs: 5_000, largeMessageBytes: 1_000 });
    for (let i = 0; i < 3; i++) gate.accepted(100);
    const paused = [gate.admit(), gate.admit(), gate.admit()];
    gate.resync(2);
    const states = await Promise.all(paused.map((p) => settled(p, 100)));
    expect(states.filter((s) => s === 'pending')).toHaveLength(2);
    gate.close();
  });

  it('forgets a transaction whose client left while paused: the next inspection frees a client still there', async () => {
    const gate = new InflowGate({ backlog: 1, maxDelayMs: 5_000, largeMessageBytes: 1_000 });
    gate.accepted(100);
    const left = new AbortController();
    const gone = gate.admit(undefined, left.signal);
    const staying = gate.admit();
    left.abort();
    expect(typeof (await settled(gone, 100))).toBe('number');
    expect(gate.pausedCount).toEqual([1, 0]);
    gate.inspected(100);
    expect(typeof (await settled(staying, 100))).toBe('number');
    expect(gate.pausedCount).toEqual([0, 0]);
  });

  it('ends a pause after maxDelayMs when nothing is inspected, and is off with a zero delay or backlog', async () => {
    const gate = new InflowGate({ backlog: 1, maxDelayMs: 300, largeMessageBytes: 1_000 });
    gate.accepted(100);
    const started = Date.now();
    const waited = await gate.admit();
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2_000);
    for (const off of [new InflowGate({ backlog: 1, maxDelayMs: 0, largeMessageBytes: 1_000 }), new InflowGate({ backlog: 0, maxDelayMs: 300, largeMessageBytes: 1_000 })]) {
      off.accepted(100);
      off.accepted(100);
      expect(await settled(off.admit(), 50)).toBe(0);
    }
  });
});
