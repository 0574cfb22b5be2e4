"""What the S3 tests do to the store besides ferry, through boto3 (PyPI):

    s3_tool.py setup ENDPOINT        create the tests' IAM user on a moto server
                                     started with INITIAL_NO_AUTH_ACTION_COUNT=3;
                                     prints "KEY_ID SECRET"
    s3_tool.py mkbucket BUCKET
    s3_tool.py ls BUCKET PREFIX      JSON {key: size} of every object under PREFIX
    s3_tool.py corrupt BUCKET KEY    flip one byte in the middle (same size)
    s3_tool.py rm BUCKET KEY
    s3_tool.py uploads BUCKET        JSON list of multipart uploads still open

Everything but setup takes the endpoint and credentials from AWS_ENDPOINT_URL,
AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as ferry does.
"""
import json
import os
import sys

import boto3


def client(service, endpoint=None, key=None, secret=None):
    return boto3.client(
        service,
        endpoint_url=endpoint or os.environ["AWS_ENDPOINT_URL"],
        aws_access_key_id=key or os.environ.get("AWS_ACCESS_KEY_ID", "setup"),
        aws_secret_access_key=secret or os.environ.get("AWS_SECRET_ACCESS_KEY", "setup"),
        region_name="us-east-1",
    )


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "setup":
        # Exactly three requests: moto enforces credentials after them.
        iam = client("iam", args[0], "setup", "setup")
        iam.create_user(UserName="ferry-tests")
        policy = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
        }
        iam.put_user_policy(UserName="ferry-tests", PolicyName="s3", PolicyDocument=json.dumps(policy))
        key = iam.create_access_key(UserName="ferry-tests")["AccessKey"]
        print(key["AccessKeyId"], key["SecretAccessKey"])
        return
    s3 = client("s3")
    if command == "mkbucket":
        s3.create_bucket(Bucket=args[0])
    elif command == "ls":
        found = {}
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=args[0], Prefix=args[1]):
            for item in page.get("Contents", []):
                found[item["Key"]] = item["Size"]
        print(json.dumps(found))
    elif command == "corrupt":
        body = bytearray(s3.get_object(Bucket=args[0], Key=args[1])["Body"].read())
        body[len(body) // 2] ^= 0xFF
        s3.put_object(Bucket=args[0], Key=args[1], Body=bytes(body))
    elif command == "rm":
        s3.delete_object(Bucket=args[0], Key=args[1])
    elif command == "uploads":
        open_uploads = s3.list_multipart_uploads(Bucket=args[0]).get("Uploads", [])
        print(json.dumps([u["Key"] for u in open_uploads]))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
