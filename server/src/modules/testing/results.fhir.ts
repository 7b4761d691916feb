import { type Static, Type } from '@sinclair/typebox';
import type { NumberedResult } from './results.service.ts';
import type { ResultBatchResult } from './testing.schema.ts';
import type { TestResult } from './vocabulary.ts';

const Coding = Type.Object({ system: Type.Optional(Type.String()), code: Type.Optional(Type.String()) });
const CodeableConcept = Type.Object({ coding: Type.Optional(Type.Array(Coding)), text: Type.Optional(Type.String()) });
const Observation = Type.Object({
  resourceType: Type.String(),
  identifier: Type.Optional(Type.Array(Type.Object({ value: Type.Optional(Type.String()) }))),
  specimen: Type.Optional(
    Type.Object({
      identifier: Type.Optional(Type.Object({ value: Type.Optional(Type.String()) })),
      display: Type.Optional(Type.String()),
    }),
  ),
  valueCodeableConcept: Type.Optional(CodeableConcept),
  valueString: Type.Optional(Type.String()),
  effectiveDateTime: Type.Optional(Type.String({ format: 'date-time' })),
  performer: Type.Optional(Type.Array(Type.Object({ display: Type.Optional(Type.String()) }))),
  component: Type.Optional(
    Type.Array(
      Type.Object({
        code: Type.Optional(CodeableConcept),
        valueQuantity: Type.Optional(Type.Object({ value: Type.Optional(Type.Number()) })),
      }),
    ),
  ),
});

/** A FHIR R4 Bundle of Observations, one per tube (the tube barcode as the specimen's identifier). */
export const FhirBundle = Type.Object({
  resourceType: Type.Literal('Bundle'),
  type: Type.Optional(Type.String()),
  entry: Type.Array(Type.Object({ resource: Observation }), { minItems: 1, maxItems: 10_000 }),
});
export type FhirBundle = Static<typeof FhirBundle>;
type Obs = Static<typeof Observation>;

// SNOMED CT: 260385009 Negative, 10828004 Positive, 455371000124106 Invalid result; or the words.
const byCode: Record<string, TestResult> = {
  '260385009': 'negative',
  '10828004': 'positive',
  '455371000124106': 'invalid',
};
const byWord: Record<string, TestResult> = {
  negative: 'negative',
  positive: 'positive',
  invalid: 'invalid',
  阴性: 'negative',
  阳性: 'positive',
  无效: 'invalid',
};

function resultOf(obs: Obs): TestResult | undefined {
  for (const coding of obs.valueCodeableConcept?.coding ?? []) {
    const result = coding.code ? byCode[coding.code] : undefined;
    if (result) return result;
  }
  const word = (obs.valueCodeableConcept?.text ?? obs.valueString ?? '').trim().toLowerCase();
  return byWord[word];
}

const ctOf = (obs: Obs): number | null =>
  obs.component?.find((c) =>
    /\bct\b/i.test(`${c.code?.text ?? ''} ${c.code?.coding?.map((x) => x.code).join(' ') ?? ''}`),
  )?.valueQuantity?.value ?? null;

/** The Bundle's Observations as results by tube; an entry that is not a readable result is refused by position. */
export function resultsOfBundle(bundle: FhirBundle): {
  entries: NumberedResult[];
  unreadable: ResultBatchResult['rejected'];
} {
  const entries: NumberedResult[] = [];
  const unreadable: ResultBatchResult['rejected'] = [];
  bundle.entry.forEach(({ resource: obs }, i) => {
    const row = i + 1;
    const tube = (obs.specimen?.identifier?.value ?? obs.specimen?.display ?? obs.identifier?.[0]?.value ?? '').trim();
    const result = resultOf(obs);
    if (obs.resourceType !== 'Observation') unreadable.push({ row, tube, reason: 'fhir_not_observation' });
    else if (!/^[0-9A-Za-z-]{4,40}$/.test(tube)) unreadable.push({ row, tube, reason: 'tube_invalid' });
    else if (!result) unreadable.push({ row, tube, reason: 'result_invalid' });
    else {
      const lab = obs.performer?.[0]?.display;
      entries.push({
        row,
        tube,
        result,
        ctValue: ctOf(obs),
        ...(lab ? { lab } : {}),
        ...(obs.effectiveDateTime ? { at: obs.effectiveDateTime } : {}),
      });
    }
  });
  return { entries, unreadable };
}
