import { describe, expect, it } from '@jest/globals';
import { createRequestChannel } from './request-channel';

describe('createRequestChannel', () => {
  it('hands every listener each request', () => {
    const channel = createRequestChannel<string>();
    const heard: string[] = [];
    channel.listen((request) => heard.push(`a:${request}`));
    channel.listen((request) => heard.push(`b:${request}`));
    channel.send('x');
    expect(heard).toEqual(['a:x', 'b:x']);
  });

  it('keeps the latest request sent before anyone listens, for the first listener only', () => {
    const channel = createRequestChannel<string>();
    channel.send('old');
    channel.send('new');
    const first: string[] = [];
    const second: string[] = [];
    channel.listen((request) => first.push(request));
    channel.listen((request) => second.push(request));
    expect(first).toEqual(['new']);
    expect(second).toEqual([]);
  });

  it('stops handing requests to a listener once removed', () => {
    const channel = createRequestChannel<string>();
    const heard: string[] = [];
    const remove = channel.listen((request) => heard.push(request));
    remove();
    channel.send('x');
    expect(heard).toEqual([]);
    channel.listen((request) => heard.push(request));
    expect(heard).toEqual(['x']);
  });
});
