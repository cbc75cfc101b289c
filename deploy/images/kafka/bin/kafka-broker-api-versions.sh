#!/bin/sh
# The command-line tool of the apache/kafka image's name, on this image's jars.
exec java -cp '/opt/kafka/libs/*' -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties -Dkafka.log.level=WARN org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
