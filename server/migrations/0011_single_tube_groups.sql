-- Key-post groups whose workers a round samples one tube each (单管单采 for listed groups, DOMAIN.md
-- Mass testing), whatever the pooling of the area they live in.
CREATE TABLE test_single_tube_group (
  campaign_id bigint NOT NULL REFERENCES test_campaign (id),
  group_id    bigint NOT NULL REFERENCES keypost_group (id),
  PRIMARY KEY (campaign_id, group_id)
);
