import { useTranslation } from 'react-i18next';
import type { RowRejection } from '../api';

/** A row left out, in words: "line 3, ID number: fails its check character". */
export function useRejectionText(): (rejection: RowRejection) => string {
  const { t } = useTranslation();
  return ({ row, field, reason }) =>
    t('screening.list.lineProblem', {
      row,
      field: t(`screening.fields.${field}`),
      reason: t(`screening.rejections.${reason}`),
    });
}
