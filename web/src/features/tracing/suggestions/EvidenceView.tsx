import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactSource } from '../api';
import { formatMinute } from '../time';

type VenueEvidence = { places: { placeId: number; placeName: string; scannedAt: string[] }[] };
type CompanionEvidence = {
  cells: { cell: string; minutesTogether: number; caseHours: number; otherHours: number; lastTogetherAt: string }[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isVenue = (value: unknown): value is VenueEvidence => isRecord(value) && Array.isArray(value.places);
const isCompanion = (value: unknown): value is CompanionEvidence => isRecord(value) && Array.isArray(value.cells);

const Lines = ({ lines }: { lines: string[] }) => (
  <Flex vertical>
    {lines.map((line, index) => (
      <Typography.Text key={index} type="secondary">
        {line}
      </Typography.Text>
    ))}
  </Flex>
);

/**
 * What puts a person near a case, read out: the shared household, the shared workplace, the venue scans at
 * the case's places, or the carrier cells shared with its phone. Sources without evidence show nothing.
 */
export function EvidenceView({ via, evidence }: { via: ContactSource; evidence: unknown }) {
  const { t } = useTranslation();
  switch (via) {
    case 'household': {
      const address = isRecord(evidence) && typeof evidence.household === 'string' ? evidence.household : null;
      return (
        <Lines
          lines={[address ? t('tracing.evidence.household', { address }) : t('tracing.evidence.householdUnknown')]}
        />
      );
    }
    case 'coworker':
      return <Lines lines={[t('tracing.evidence.coworker')]} />;
    case 'venue_scan':
      return isVenue(evidence) ? (
        <Lines
          lines={evidence.places.map((place) =>
            t('tracing.evidence.scans', {
              place: place.placeName,
              times: place.scannedAt.map(formatMinute).join('、'),
            }),
          )}
        />
      ) : null;
    case 'companion':
      return isCompanion(evidence) ? (
        <Lines
          lines={evidence.cells.map((cell) =>
            t('tracing.evidence.cell', {
              cell: cell.cell,
              minutes: cell.minutesTogether,
              caseHours: cell.caseHours,
              otherHours: cell.otherHours,
              last: formatMinute(cell.lastTogetherAt),
            }),
          )}
        />
      ) : null;
    case 'investigation':
    case 'ledger':
      return null;
  }
}
