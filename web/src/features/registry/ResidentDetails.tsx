import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { Breadcrumb, Button, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { AuditOutlined, DragOutlined, EditOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { formatDateTime } from '../../app/format';
import { useFetch } from '../../app/hooks/useFetch';
import { fetchResident } from './api';
import type { Resident } from './api';
import { EditResidentModal } from './EditResidentModal';
import { MoveResidentModal } from './MoveResidentModal';
import { orDash } from './orDash';
import { PersonalLinkButton } from '../testing/personal/PersonalLinkButton';
import { ResidentTags } from './ResidentTags';

type Props = { residentId: number; onChanged: () => void };

/** One resident's record, with edit and move for those who keep the ledgers. */
export function ResidentDetails({ residentId, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = hasPermission(me, 'registry.manage');
  const canLink = hasPermission(me, 'registry.read_full');
  const load = useCallback((signal: AbortSignal) => fetchResident(residentId, signal), [residentId]);
  const { data } = useFetch(load);
  // An edit answers with the new record: shown as is, rather than read (and audited) once more.
  const [saved, setSaved] = useState<Resident | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'move' | null>(null);
  const resident = saved ?? data;
  if (!resident) return <Skeleton active />;

  const close = () => setDialog(null);
  const changed = (next: Resident) => {
    setSaved(next);
    close();
    onChanged();
  };
  const note = (icon: ReactNode, text: string) => (
    <Typography.Text type="secondary">
      {icon} {text}
    </Typography.Text>
  );

  return (
    <Flex vertical gap={16}>
      <Flex vertical>
        {note(<AuditOutlined />, t('registry.detail.audited'))}
        {!resident.unmasked && note(<EyeInvisibleOutlined />, t('registry.detail.masked'))}
      </Flex>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'name', label: t('registry.resident.name'), children: resident.name },
          { key: 'idNumber', label: t('registry.resident.idNumber'), children: resident.idNumber },
          { key: 'sex', label: t('registry.resident.sex'), children: t(`registry.resident.${resident.sex}`) },
          { key: 'birthDate', label: t('registry.resident.birthDate'), children: resident.birthDate },
          { key: 'age', label: t('registry.resident.age'), children: resident.age },
          { key: 'phone', label: t('registry.resident.phone'), children: orDash(resident.phone) },
          {
            key: 'region',
            label: t('registry.resident.region'),
            children: <Breadcrumb items={resident.regionPath.map(({ id, name }) => ({ key: id, title: name }))} />,
          },
          {
            key: 'householdAddress',
            label: t('registry.resident.householdAddress'),
            children: orDash(resident.householdAddress),
          },
          { key: 'tags', label: t('registry.resident.tags'), children: <ResidentTags tags={resident.tags} /> },
          { key: 'updatedAt', label: t('registry.resident.updatedAt'), children: formatDateTime(resident.updatedAt) },
        ]}
      />
      <Flex wrap gap={8}>
        {canManage && (
          <>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('common.edit')}
            </Button>
            <Button icon={<DragOutlined />} onClick={() => setDialog('move')}>
              {t('registry.detail.move')}
            </Button>
          </>
        )}
        {canLink && <PersonalLinkButton residentId={resident.id} />}
      </Flex>
      <EditResidentModal open={dialog === 'edit'} resident={resident} onClose={close} onSaved={changed} />
      <MoveResidentModal open={dialog === 'move'} resident={resident} onClose={close} onMoved={changed} />
    </Flex>
  );
}
