import { App, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { createPlace } from './api';
import type { NewPlace, Place, PlaceAttribute, PlaceType } from './api';
import { usualAttributes } from './placeAttributes';
import { usePlaceTypeOptions } from './usePlaceTypeOptions';
import { CoordinateFields } from './CoordinateFields';

type Values = {
  code: string;
  type: PlaceType;
  name: string;
  regionId: number;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  lng?: number | null;
  lat?: number | null;
  attributes?: Partial<Record<PlaceAttribute, number | null>>;
};

const text = (value: string | undefined) => value?.trim() || undefined;

/** The new place with only the fields filled in; figures only those usual for the chosen type. */
function newPlaceOf(values: Values): NewPlace {
  const place: NewPlace = {
    code: values.code.trim(),
    type: values.type,
    name: values.name.trim(),
    regionId: values.regionId,
  };
  const address = text(values.address);
  const contactName = text(values.contactName);
  const contactPhone = text(values.contactPhone);
  if (address) place.address = address;
  if (contactName) place.contactName = contactName;
  if (contactPhone) place.contactPhone = contactPhone;
  if (typeof values.lng === 'number') place.lng = values.lng;
  if (typeof values.lat === 'number') place.lat = values.lat;
  // The form keeps figures typed under a type since changed: those are not the new type's.
  const attributes: Record<string, number> = {};
  for (const key of usualAttributes(values.type)) {
    const value = values.attributes?.[key];
    if (typeof value === 'number') attributes[key] = value;
  }
  if (Object.keys(attributes).length > 0) place.attributes = attributes;
  return place;
}

const half = { flex: 1, minWidth: 140 };

/** The figures usual for the type chosen so far (inside the form, so it can watch the type). */
function AttributeFields() {
  const { t } = useTranslation();
  const type = Form.useWatch<PlaceType | undefined>('type');
  const attributes = type ? usualAttributes(type) : [];
  if (attributes.length === 0) return null;
  return (
    <Form.Item label={t('registry.place.keyAttribute')}>
      <Flex wrap gap={16}>
        {attributes.map((key) => (
          <Form.Item key={key} name={['attributes', key]} label={t(`registry.placeAttributes.${key}`)} style={half}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Flex>
    </Form.Item>
  );
}

type Props = { open: boolean; onClose: () => void; onCreated: (place: Place) => void };

/** Registers one place by hand, as the import would from a ledger row. */
export function CreatePlaceModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const typeOptions = usePlaceTypeOptions();

  const submit = async (values: Values) => {
    const place = await createPlace(newPlaceOf(values));
    void message.success(t('registry.place.created'));
    onCreated(place);
  };

  return (
    <FormModal<Values>
      open={open}
      name="createPlace"
      title={t('registry.place.createTitle')}
      okTestId="place-create-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Flex wrap gap={16}>
        <Form.Item
          name="code"
          label={t('registry.place.code')}
          rules={[
            { required: true, whitespace: true },
            { pattern: /^\s*\S+\s*$/, message: t('registry.place.codeNoSpaces') },
          ]}
          style={half}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="type" label={t('registry.place.type')} rules={[{ required: true }]} style={half}>
          <Select options={typeOptions} />
        </Form.Item>
      </Flex>
      <Form.Item name="name" label={t('registry.place.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="regionId" label={t('registry.place.region')} rules={[{ required: true }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item name="address" label={t('registry.place.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex wrap gap={16}>
        <Form.Item name="contactName" label={t('registry.place.contactName')} style={half}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('registry.place.contactPhone')} style={half}>
          <Input maxLength={20} />
        </Form.Item>
      </Flex>
      <CoordinateFields itemStyle={half} />
      <AttributeFields />
    </FormModal>
  );
}
