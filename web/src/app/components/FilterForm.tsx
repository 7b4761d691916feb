import { Button, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterFormProps<V, F> {
  name: string;
  /** Form values → the filters the list is fetched with. */
  toFilters: (values: V) => F;
  /** The filters after 重置 (reset): usually none. */
  cleared: F;
  onChange: (filters: F) => void;
  submitTestId?: string;
  children: ReactNode;
}

/** An inline search form above a list: the given fields, then 查询 (search) and 重置 (reset). */
export function FilterForm<V extends object, F>({
  name,
  toFilters,
  cleared,
  onChange,
  submitTestId,
  children,
}: FilterFormProps<V, F>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const reset = () => {
    form.resetFields();
    onChange(cleared);
  };

  return (
    <Form<V>
      form={form}
      name={name}
      layout="inline"
      onFinish={(values) => onChange(toFilters(values))}
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      {children}
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid={submitTestId}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
