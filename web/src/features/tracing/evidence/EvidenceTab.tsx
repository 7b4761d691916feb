import { Col, Row } from 'antd';
import { EvidenceUpload } from './EvidenceUpload';

/** 数据导入: venue-code scans and carriers' location records, which the contact suggestions search. */
export function EvidenceTab() {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <EvidenceUpload kind="venueScans" />
      </Col>
      <Col xs={24} xl={12}>
        <EvidenceUpload kind="locations" />
      </Col>
    </Row>
  );
}
