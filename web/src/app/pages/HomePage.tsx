import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/context';
import { JurisdictionTags } from '../components/JurisdictionTags';
import { RoleTags } from '../components/RoleTags';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Card title={t('home.welcome', { name: me.displayName })}>
      <Descriptions
        column={1}
        items={[
          { key: 'username', label: t('home.username'), children: me.username },
          { key: 'roles', label: t('home.roles'), children: <RoleTags roles={me.roles} /> },
          {
            key: 'jurisdiction',
            label: t('home.jurisdiction'),
            children: <JurisdictionTags scopeAll={me.scopeAll} regions={me.regions} />,
          },
        ]}
      />
    </Card>
  );
}
