/*
 * Test broker for Corredor: librdkafka's mock cluster, which speaks the real Kafka protocol.
 *
 *   mock-cluster --brokers 1 --topic corredor.intake.events:3 --topic ...
 *
 * Prints "BOOTSTRAP <host:port,...>" once the cluster is up, then reads commands on stdin,
 * one per line, answering "OK <command>" or "ERR <reason>":
 *   down <broker-id|all>   take broker(s) down (the log is kept, so this simulates an outage)
 *   up <broker-id|all>     bring broker(s) back
 *   topic <name> <partitions>   create one more topic
 *   quit                   stop (EOF on stdin does the same)
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int set_state(rd_kafka_mock_cluster_t *mc, int broker_cnt, const char *which, int up) {
  int from = 1, to = broker_cnt;
  if (strcmp(which, "all") != 0) {
    char *end = NULL;
    long id = strtol(which, &end, 10);
    if (end == which || *end != '\0' || id < 1 || id > broker_cnt) return -1;
    from = to = (int)id;
  }
  for (int id = from; id <= to; id++) {
    rd_kafka_resp_err_t err = up ? rd_kafka_mock_broker_set_up(mc, id) : rd_kafka_mock_broker_set_down(mc, id);
    if (err) return -1;
  }
  return 0;
}

static int create_topic(rd_kafka_mock_cluster_t *mc, const char *name, int partitions) {
  return rd_kafka_mock_topic_create(mc, name, partitions, 1) == RD_KAFKA_RESP_ERR_NO_ERROR ? 0 : -1;
}

int main(int argc, char **argv) {
  int broker_cnt = 1;
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr));
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk) { fprintf(stderr, "rd_kafka_new: %s\n", errstr); return 1; }

  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--brokers") == 0 && i + 1 < argc) broker_cnt = atoi(argv[++i]);
  }
  if (broker_cnt < 1) { fprintf(stderr, "--brokers must be >= 1\n"); return 2; }

  rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, broker_cnt);
  if (!mc) { fprintf(stderr, "could not start the mock cluster\n"); return 1; }

  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--topic") == 0 && i + 1 < argc) {
      char spec[512];
      snprintf(spec, sizeof(spec), "%s", argv[++i]);
      int partitions = 1;
      char *colon = strrchr(spec, ':');
      if (colon) { *colon = '\0'; partitions = atoi(colon + 1); }
      if (partitions < 1 || create_topic(mc, spec, partitions) != 0) {
        fprintf(stderr, "could not create topic %s\n", spec);
        return 1;
      }
    }
  }

  printf("BOOTSTRAP %s\n", rd_kafka_mock_cluster_bootstraps(mc));
  fflush(stdout);

  char line[1024];
  while (fgets(line, sizeof(line), stdin)) {
    line[strcspn(line, "\r\n")] = '\0';
    char cmd[32] = {0}, arg[512] = {0};
    int n = 0;
    int fields = sscanf(line, "%31s %511s %d", cmd, arg, &n);
    int rc = -1;
    if (fields >= 1 && strcmp(cmd, "quit") == 0) break;
    if (fields >= 2 && strcmp(cmd, "down") == 0) rc = set_state(mc, broker_cnt, arg, 0);
    else if (fields >= 2 && strcmp(cmd, "up") == 0) rc = set_state(mc, broker_cnt, arg, 1);
    else if (fields == 3 && strcmp(cmd, "topic") == 0 && n > 0) rc = create_topic(mc, arg, n);
    if (rc == 0) printf("OK %s\n", line); else printf("ERR %s\n", line);
    fflush(stdout);
  }

  rd_kafka_mock_cluster_destroy(mc);
  rd_kafka_destroy(rk);
  return 0;
}
