import * as main from '@corredor/service-kit';
import * as testing from '@corredor/service-kit/testing';

describe("the kit's entry points", () => {
  it('keep the test helpers (development-secret tokens, test deps) out of the production entry point', () => {
    const helpers = Object.keys(testing);
    expect(helpers).toEqual(expect.arrayContaining(['TEST_AUTH', 'tokenFor', 'networkTokenFor', 'testAppDeps', 'apiConformance', 'TestBrowser']));
    expect(helpers.filter((name) => name in main)).toEqual([]);
  });
});
