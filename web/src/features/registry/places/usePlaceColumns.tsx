import { Button, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../formatCount';
import { orDash } from '../orDash';
import type { Place } from './api';
import { sizeOf } from './placeAttributes';

const coordinate = (value: number) => value.toFixed(6);

/** Contact phones arrive masked; `onEdit` adds an edit action (for those who keep the ledgers). */
export function usePlaceColumns(onEdit?: (place: Place) => void): TableColumnsType<Place> {
  const { t } = useTranslation();
  const columns: TableColumnsType<Place> = [
    { key: 'code', title: t('registry.place.code'), dataIndex: 'code' },
    {
      key: 'type',
      title: t('registry.place.type'),
      render: (_, place) => <Tag color="geekblue">{t(`registry.placeTypes.${place.type}`)}</Tag>,
    },
    { key: 'name', title: t('registry.place.name'), dataIndex: 'name' },
    { key: 'region', title: t('registry.place.region'), render: (_, place) => place.region.name },
    { key: 'address', title: t('registry.place.address'), render: (_, place) => orDash(place.address) },
    { key: 'contactName', title: t('registry.place.contactName'), render: (_, place) => orDash(place.contactName) },
    { key: 'contactPhone', title: t('registry.place.contactPhone'), render: (_, place) => orDash(place.contactPhone) },
    {
      key: 'size',
      title: t('registry.place.keyAttribute'),
      render: (_, place) => {
        const size = sizeOf(place);
        return size ? `${t(`registry.placeAttributes.${size.key}`)} ${formatCount(size.value)}` : '—';
      },
    },
    {
      key: 'coordinates',
      title: t('registry.place.coordinates'),
      render: (_, { lng, lat }) => (lng === null || lat === null ? '—' : `${coordinate(lng)}, ${coordinate(lat)}`),
    },
  ];
  if (!onEdit) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, place) => (
        <Button type="link" size="small" onClick={() => onEdit(place)} data-testid="place-edit">
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}
