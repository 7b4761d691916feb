import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { transferQuarantine } from './api';
import type { HomeConditionKey, QuarantineDetail, QuarantineMode } from './api';
import { HomeConditionsField, SiteRoomFields, toHomeConditions } from './PlacementFields';

type Values = {
  mode: QuarantineMode;
  siteId?: number;
  roomId?: number;
  homeConditions?: HomeConditionKey[];
  reason: string;
};

type Props = {
  open: boolean;
  quarantine: QuarantineDetail;
  onClose: () => void;
  onChanged: (changed: QuarantineDetail) => void;
};

/** 转移: to another room or site, or home (conditions checked); the current stay closes with the reason. */
export function TransferModal({ open, quarantine, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ mode, siteId, roomId, homeConditions, reason }: Values) => {
    const centralized = mode === 'centralized';
    const changed = await transferQuarantine(quarantine.id, {
      mode,
      reason: reason.trim(),
      ...(centralized ? { siteId, roomId } : { homeConditions: toHomeConditions(homeConditions) }),
    });
    void message.success(t('quarantine.transfer.done'));
    onChanged(changed);
  };

  return (
    <FormModal<Values>
      open={open}
      name="transfer"
      title={t('quarantine.transfer.title', { name: quarantine.name })}
      initialValues={{ mode: 'centralized', siteId: quarantine.site?.id }}
      okTestId="transfer-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="mode" label={t('quarantine.create.mode')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio.Button value="centralized">{t('quarantine.modes.centralized')}</Radio.Button>
          <Radio.Button value="home">{t('quarantine.modes.home')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) => (getFieldValue('mode') === 'home' ? <HomeConditionsField /> : <SiteRoomFields />)}
      </Form.Item>
      <Form.Item name="reason" label={t('quarantine.transfer.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
