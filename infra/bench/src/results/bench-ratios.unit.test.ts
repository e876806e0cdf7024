import { gate } from './bench-ratios';

describe('the regression gate', () => {
  const baseline = { kitOverHello: 0.8, platformOverHello: 0.4, pipelineOverRawKafka: 0.1 };

  it('passes ratios at, above, or less than 25 % below their baseline', () => {
    const verdicts = gate(baseline, { kitOverHello: 0.61, platformOverHello: 0.55, pipelineOverRawKafka: 0.076 });
    expect(verdicts.map((v) => [v.ratio, v.passed])).toEqual([
      ['kitOverHello', true],
      ['platformOverHello', true],
      ['pipelineOverRawKafka', true],
    ]);
  });

  it('fails a ratio more than 25 % below its baseline, and one that was not measured', () => {
    const verdicts = gate(baseline, { kitOverHello: 0.59, platformOverHello: Number.NaN });
    expect(verdicts.filter((v) => !v.passed).map((v) => v.ratio)).toEqual(['kitOverHello', 'platformOverHello', 'pipelineOverRawKafka']);
    expect(verdicts[0]).toMatchObject({ baseline: 0.8, measured: 0.59, floor: expect.closeTo(0.6, 10) });
  });

  it('judges only what the baseline holds', () => {
    expect(gate({ intakeOverHello: 0.3 }, { kitOverHello: 0.01, intakeOverHello: 0.3 }).map((v) => v.ratio)).toEqual(['intakeOverHello']);
  });
});
