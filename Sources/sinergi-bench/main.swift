print("sinergi-bench")
