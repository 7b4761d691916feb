import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ContactDetails } from './ContactDetails';

type Props = {
  open: boolean;
  /** Kept after the drawer closes, so the closing drawer does not go blank mid-animation. */
  contactId: number | null;
  onClose: () => void;
  onChanged: () => void;
};

export function ContactDrawer({ open, contactId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('tracing.contact.detailTitle')}
      size={720}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      // Mounted only while open: each opening reads (and so audits) the record afresh.
      destroyOnHidden
    >
      {contactId !== null && <ContactDetails key={contactId} contactId={contactId} onChanged={onChanged} />}
    </Drawer>
  );
}
