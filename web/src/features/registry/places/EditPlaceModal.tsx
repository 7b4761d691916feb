import { App, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { ReasonField } from '../ReasonField';
import { updatePlace } from './api';
import type { Place, PlaceAttribute, PlaceChange } from './api';
import { attributeValue, editableAttributes } from './placeAttributes';
import { CoordinateFields } from './CoordinateFields';

type Values = {
  name: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  lng?: number | null;
  lat?: number | null;
  attributes?: Partial<Record<PlaceAttribute, number | null>>;
  reason: string;
};
type Change = Omit<PlaceChange, 'reason'>;

const text = (value: string | undefined) => value?.trim() || null;

/** Only what the form actually changed, so the audit log records exactly that. */
function changesOf(place: Place, values: Values): Change {
  const change: Change = {};
  const name = values.name.trim();
  const address = text(values.address);
  const contactName = text(values.contactName);
  const contactPhone = text(values.contactPhone);
  const lng = values.lng ?? null;
  const lat = values.lat ?? null;
  if (name !== place.name) change.name = name;
  if (address !== place.address) change.address = address;
  if (contactName !== place.contactName) change.contactName = contactName;
  // The phone arrives masked, so it is not in the box: an empty box keeps it rather than clearing it.
  if (contactPhone !== null) change.contactPhone = contactPhone;
  if (lng !== place.lng) change.lng = lng;
  if (lat !== place.lat) change.lat = lat;
  // The server merges figures into those the place has, so only the changed ones are sent.
  const attributes: Record<string, number> = {};
  for (const key of editableAttributes(place)) {
    const value = values.attributes?.[key];
    if (typeof value === 'number' && value !== attributeValue(place, key)) attributes[key] = value;
  }
  if (Object.keys(attributes).length > 0) change.attributes = attributes;
  return change;
}

type Props = { open: boolean; place: Place; onClose: () => void; onSaved: (place: Place) => void };

export function EditPlaceModal({ open, place, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attributes = editableAttributes(place);

  const submit = async (values: Values) => {
    const change = changesOf(place, values);
    if (Object.keys(change).length === 0) {
      onClose();
      return;
    }
    const updated = await updatePlace(place.id, { ...change, reason: values.reason.trim() });
    void message.success(t('registry.place.saved'));
    onSaved(updated);
  };

  const half = { flex: 1, minWidth: 140 };
  return (
    <FormModal<Values>
      open={open}
      name="editPlace"
      title={t('registry.detail.editTitle', { name: place.name })}
      initialValues={{
        name: place.name,
        address: place.address ?? '',
        contactName: place.contactName ?? '',
        lng: place.lng,
        lat: place.lat,
        attributes: Object.fromEntries(attributes.map((key) => [key, attributeValue(place, key)])),
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('registry.place.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="address" label={t('registry.place.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex wrap gap={16}>
        <Form.Item name="contactName" label={t('registry.place.contactName')} style={half}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('registry.place.contactPhone')}
          extra={place.contactPhone === null ? undefined : t('registry.detail.phoneMaskedHint')}
          style={half}
        >
          <Input maxLength={20} placeholder={place.contactPhone ?? undefined} />
        </Form.Item>
      </Flex>
      <CoordinateFields itemStyle={half} />
      {attributes.length > 0 && (
        <Form.Item label={t('registry.place.keyAttribute')} extra={t('registry.place.attributesHint')}>
          <Flex wrap gap={16}>
            {attributes.map((key) => (
              <Form.Item key={key} name={['attributes', key]} label={t(`registry.placeAttributes.${key}`)} style={half}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </Flex>
        </Form.Item>
      )}
      <ReasonField />
    </FormModal>
  );
}
