import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/hooks/useAction';
import { closeCampaign } from './api';
import type { Campaign } from './api';

type Props = { campaign: Campaign; onClosed: (campaign: Campaign) => void; size?: 'small' | 'middle' };

/** Ends an open round after a confirmation; samplers can add nobody more to its tubes. */
export function CloseCampaignButton({ campaign, onClosed, size }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const close = () =>
    run(async () => {
      const closed = await closeCampaign(campaign.id);
      void message.success(t('testing.campaign.closed'));
      onClosed(closed);
    });
  return (
    <Popconfirm
      title={t('testing.campaign.close')}
      description={t('testing.campaign.closeConfirm', { name: campaign.name })}
      okButtonProps={{ danger: true }}
      onConfirm={() => void close()}
    >
      <Button
        danger
        size={size}
        type={size === 'small' ? 'link' : 'default'}
        loading={busy}
        data-testid="campaign-close"
      >
        {t('testing.campaign.close')}
      </Button>
    </Popconfirm>
  );
}
