import { keepMemberAlive } from './member-keep-alive';

describe("keeping a group member alive while it handles a message", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('heartbeats every interval while the message is in hand, and not once it is done', async () => {
    const heartbeat = jest.fn(async () => {});
    const keepAlive = keepMemberAlive(heartbeat, { intervalMs: 1000, limitMs: 30_000, onLimit: () => {} });
    await jest.advanceTimersByTimeAsync(3500);
    expect(heartbeat).toHaveBeenCalledTimes(3);
    keepAlive.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(3);
  });

  it('lets a stuck handler go: past the limit it stops heartbeating and says so once', async () => {
    const heartbeat = jest.fn(async () => {});
    const onLimit = jest.fn();
    keepMemberAlive(heartbeat, { intervalMs: 1000, limitMs: 5000, onLimit });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(heartbeat).toHaveBeenCalledTimes(4);
    expect(onLimit).toHaveBeenCalledTimes(1);
  });

  it('stops at the first refused heartbeat (a rebalance under way), leaving it to the consumer', async () => {
    const heartbeat = jest.fn(async () => {
      throw new Error('The group is rebalancing, so a rejoin is needed');
    });
    const onLimit = jest.fn();
    keepMemberAlive(heartbeat, { intervalMs: 1000, limitMs: 30_000, onLimit });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(1);
    expect(onLimit).not.toHaveBeenCalled();
  });
});
